package se.samverkan.staircase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One round of inventorying and developing a municipality's and region's staircase. */
@Entity
@Table(name = "staircase_round")
public class StaircaseRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String municipality;

    @Column(nullable = false)
    private String region;

    @Column(name = "anchoring_body")
    private String anchoringBody;

    @Column(name = "anchoring_date")
    private LocalDate anchoringDate;

    @Column(name = "anchoring_decision")
    private String anchoringDecision;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected StaircaseRound() {
    }

    StaircaseRound(String municipality, String region, String createdBy, Instant createdAt) {
        this.municipality = municipality;
        this.region = region;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void anchor(String body, LocalDate date, String decision) {
        this.anchoringBody = body;
        this.anchoringDate = date;
        this.anchoringDecision = decision;
    }

    void published(Instant at) {
        this.publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getRegion() {
        return region;
    }

    public String getAnchoringBody() {
        return anchoringBody;
    }
}
