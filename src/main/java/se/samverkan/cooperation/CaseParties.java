package se.samverkan.cooperation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The agencies taking part in a case: the initiating and coordinating agencies and every agency invited
 * to or attending one of its meetings. They see the case and may register a withdrawal of consent;
 * nobody else learns that the case exists.
 */
@Component
public class CaseParties {

    private final CooperationMeetingRepository meetings;

    public CaseParties(CooperationMeetingRepository meetings) {
        this.meetings = meetings;
    }

    public Set<String> of(ChildCase childCase) {
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(childCase.getInitiatingAgency());
        agencies.add(childCase.getCoordinatingAgency());
        meetings.findByCaseIdOrderByMeetingNumber(childCase.getId()).forEach(m -> {
            agencies.addAll(m.invitedAgencies());
            agencies.addAll(m.getAttendingAgencies());
        });
        return agencies;
    }

    public boolean includeAnyOf(ChildCase childCase, Collection<String> groups) {
        return groups.stream().anyMatch(of(childCase)::contains);
    }
}
