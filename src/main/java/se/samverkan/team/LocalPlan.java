package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a team's lokal plan; every revision is a new version, the old ones stay. */
@Entity
@Table(name = "local_plan")
public class LocalPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_code", nullable = false)
    private String teamCode;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String text;

    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;

    @Column(name = "adopted_by")
    private String adoptedBy;

    protected LocalPlan() {
    }

    LocalPlan(String teamCode, int version, String text, String adoptedBy, Instant adoptedAt) {
        this.teamCode = teamCode;
        this.version = version;
        this.text = text;
        this.adoptedBy = adoptedBy;
        this.adoptedAt = adoptedAt;
    }

    public int getVersion() {
        return version;
    }

    public String getText() {
        return text;
    }
}
