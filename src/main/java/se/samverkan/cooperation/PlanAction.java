package se.samverkan.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An insats in Barnets plan: what, which agency, which person, by when. */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private ChildPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String what;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(nullable = false)
    private String person;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    /** What an action says, checked by the rules before it becomes part of a plan. */
    public record Content(String what, String agencyCode, String person, LocalDate dueDate) {
    }

    protected PlanAction() {
    }

    PlanAction(ChildPlan plan, int position, Content content) {
        this.plan = plan;
        this.position = position;
        this.what = content.what();
        this.agencyCode = content.agencyCode();
        this.person = content.person();
        this.dueDate = content.dueDate();
    }

    public String getWhat() {
        return what;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getPerson() {
        return person;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
