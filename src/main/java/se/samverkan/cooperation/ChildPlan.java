package se.samverkan.cooperation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of Barnets plan, adopted at a meeting. Earlier versions are kept. */
@Entity
@Table(name = "child_plan")
public class ChildPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private int version;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;

    @Column(name = "adopted_by")
    private String adoptedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PlanAction> actions = new ArrayList<>();

    protected ChildPlan() {
    }

    ChildPlan(Long caseId, int version, Long meetingId, String adoptedBy, Instant adoptedAt) {
        this.caseId = caseId;
        this.version = version;
        this.meetingId = meetingId;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
    }

    void addAction(PlanAction.Content content) {
        actions.add(new PlanAction(this, actions.size() + 1, content));
    }

    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getVersion() {
        return version;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getAdoptedBy() {
        return adoptedBy;
    }

    public Instant getAdoptedAt() {
        return adoptedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PlanAction> getActions() {
        return actions;
    }
}
