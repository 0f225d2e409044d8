package se.samverkan.staircase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trappsteg of Samverkanstrappan. Reference data: process owners rename or add steps in the table. */
@Entity
@Table(name = "staircase_step")
public class StaircaseStep {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected StaircaseStep() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
