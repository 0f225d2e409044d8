package se.samverkan.staircase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published version of a municipality's staircase; the newest is the page, older ones are kept. */
@Entity
@Table(name = "staircase_page")
public class StaircasePage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String municipality;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private int version;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    /** The steps as escaped XHTML, rendered once at publication. */
    @Column(name = "content_html", nullable = false)
    private String contentHtml;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected StaircasePage() {
    }

    StaircasePage(String municipality, String slug, int version, Long roundId, String contentHtml, Instant publishedAt) {
        this.municipality = municipality;
        this.slug = slug;
        this.version = version;
        this.roundId = roundId;
        this.contentHtml = contentHtml;
        this.publishedAt = publishedAt;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getSlug() {
        return slug;
    }

    public Long getRoundId() {
        return roundId;
    }

    public int getVersion() {
        return version;
    }

    public String getContentHtml() {
        return contentHtml;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
