package se.samverkan.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A vårdnadshavare of the child, and how we reach them. */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private ChildCase childCase;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String contact;

    protected Guardian() {
    }

    Guardian(ChildCase childCase, int position, String name, String contact) {
        this.childCase = childCase;
        this.position = position;
        this.name = name;
        this.contact = contact;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }
}
