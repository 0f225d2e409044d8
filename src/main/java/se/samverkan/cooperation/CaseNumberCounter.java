package se.samverkan.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last case number given out in a year. */
@Entity
@Table(name = "case_number_counter")
class CaseNumberCounter {

    @Id
    @Column(name = "case_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected CaseNumberCounter() {
    }

    CaseNumberCounter(int year) {
        this.year = year;
    }

    int next() {
        return ++lastNumber;
    }
}
