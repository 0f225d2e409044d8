package se.samverkan.staircase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A written answer asked of an agency that could not attend a step's inventory meeting. */
@Entity
@Table(name = "staircase_written_answer")
public class StaircaseWrittenAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_id", nullable = false)
    private Long workId;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    @Column(nullable = false)
    private Instant deadline;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    protected StaircaseWrittenAnswer() {
    }

    StaircaseWrittenAnswer(Long workId, String agencyCode, Instant deadline) {
        this.workId = workId;
        this.agencyCode = agencyCode;
        this.deadline = deadline;
    }

    void answer(String text, String by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getWorkId() {
        return workId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
