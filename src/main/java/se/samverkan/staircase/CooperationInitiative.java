package se.samverkan.staircase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A joint initiative worked through the four steps samtal, samsyn, samverkan, samhandling. */
@Entity
@Table(name = "cooperation_initiative")
public class CooperationInitiative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String departments;

    private String dialogue;

    @Column(name = "shared_view")
    private String sharedView;

    private String cooperation;

    @Column(name = "joint_action")
    private String jointAction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected CooperationInitiative() {
    }

    CooperationInitiative(String title, String departments, String createdBy, Instant createdAt) {
        this.title = title;
        this.departments = departments;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void answer(InitiativeStep step, String text) {
        switch (step) {
            case DIALOGUE -> dialogue = text;
            case SHARED_VIEW -> sharedView = text;
            case COOPERATION -> cooperation = text;
            case JOINT_ACTION -> jointAction = text;
        }
    }

    String answerTo(InitiativeStep step) {
        return switch (step) {
            case DIALOGUE -> dialogue;
            case SHARED_VIEW -> sharedView;
            case COOPERATION -> cooperation;
            case JOINT_ACTION -> jointAction;
        };
    }

    void complete(Instant at) {
        completedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDepartments() {
        return departments;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
