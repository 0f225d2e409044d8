package se.samverkan.cooperation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the printable Barnets plan shows: the child by initials only, never name or personnummer. */
public record ChildPlanDocument(String caseNumber, String childInitials, int version, LocalDate meetingDate,
        OffsetDateTime adoptedAt, String coordinatingAgencyName, List<String> participantAgencyNames,
        List<String> discussedAreas, String childViews, String guardianViews, List<Action> actions,
        LocalDate nextMeetingDate) {

    /** Lists are never null, and a rendered copy cannot change under the renderer. */
    public ChildPlanDocument {
        participantAgencyNames = participantAgencyNames == null ? List.of() : List.copyOf(participantAgencyNames);
        discussedAreas = discussedAreas == null ? List.of() : List.copyOf(discussedAreas);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public record Action(String what, String agencyName, String person, LocalDate dueDate) {
    }
}
