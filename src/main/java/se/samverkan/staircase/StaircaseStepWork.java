package se.samverkan.staircase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A step's work in a round: how it is inventoried (plan), what exists and is missing, what is decided. */
@Entity
@Table(name = "staircase_step_work")
public class StaircaseStepWork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "step_code", nullable = false)
    private String stepCode;

    @Column(name = "plan_method")
    private String planMethod;

    @Column(name = "plan_responsible")
    private String planResponsible;

    @Column(name = "plan_due_date")
    private LocalDate planDueDate;

    @Column(name = "inventory_date")
    private LocalDate inventoryDate;

    @Column(name = "inventory_agencies")
    private String inventoryAgencies;

    @Column(name = "existing_support")
    private String existingSupport;

    @Column(name = "how_to_reach")
    private String howToReach;

    @Column(name = "missing_support")
    private String missingSupport;

    @Column(name = "decision_what")
    private String decisionWhat;

    @Column(name = "decision_who")
    private String decisionWho;

    @Column(name = "decision_by")
    private LocalDate decisionBy;

    protected StaircaseStepWork() {
    }

    StaircaseStepWork(Long roundId, String stepCode) {
        this.roundId = roundId;
        this.stepCode = stepCode;
    }

    void plan(String method, String responsible, LocalDate dueDate) {
        this.planMethod = method;
        this.planResponsible = responsible;
        this.planDueDate = dueDate;
    }

    void inventory(LocalDate date, String agencies, String existing, String howToReach, String missing) {
        this.inventoryDate = date;
        this.inventoryAgencies = agencies;
        this.existingSupport = existing;
        this.howToReach = howToReach;
        this.missingSupport = missing;
    }

    void decide(String what, String who, LocalDate by) {
        this.decisionWhat = what;
        this.decisionWho = who;
        this.decisionBy = by;
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public String getStepCode() {
        return stepCode;
    }

    public String getExistingSupport() {
        return existingSupport;
    }

    public String getHowToReach() {
        return howToReach;
    }

    public String getMissingSupport() {
        return missingSupport;
    }

    public String getDecisionWhat() {
        return decisionWhat;
    }

    public String getDecisionWho() {
        return decisionWho;
    }

    public LocalDate getDecisionBy() {
        return decisionBy;
    }
}
