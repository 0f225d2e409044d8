package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a meeting said about one case: the problem, proposed solutions, whether to follow up. */
@Entity
@Table(name = "team_case_discussion")
public class TeamCaseDiscussion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_case_id", nullable = false)
    private Long teamCaseId;

    @Column(name = "team_meeting_id", nullable = false)
    private Long teamMeetingId;

    @Column(nullable = false)
    private String problem;

    @Column(name = "proposed_solutions")
    private String proposedSolutions;

    @Column(name = "follow_up_needed", nullable = false)
    private boolean followUpNeeded;

    protected TeamCaseDiscussion() {
    }

    TeamCaseDiscussion(Long teamCaseId, Long teamMeetingId, String problem, String proposedSolutions,
            boolean followUpNeeded) {
        this.teamCaseId = teamCaseId;
        this.teamMeetingId = teamMeetingId;
        this.problem = problem;
        this.proposedSolutions = proposedSolutions;
        this.followUpNeeded = followUpNeeded;
    }

    public Long getTeamCaseId() {
        return teamCaseId;
    }

    public String getProblem() {
        return problem;
    }

    public String getProposedSolutions() {
        return proposedSolutions;
    }

    public boolean isFollowUpNeeded() {
        return followUpNeeded;
    }
}
