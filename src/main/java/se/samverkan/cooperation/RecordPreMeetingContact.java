package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Förbered samverkansmöte", on complete: an optional contact before the meeting. */
@Component("recordPreMeetingContact")
public class RecordPreMeetingContact implements TaskListener {

    private final MeetingService meetings;

    public RecordPreMeetingContact(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        Boolean hadContact = form.bool(PRE_MEETING_CONTACT, "Kontakt före mötet");
        meetings.recordPreMeetingContact(Route.of(task).id(MEETING_ID), Boolean.TRUE.equals(hadContact),
                form.text(PRE_MEETING_CONTACT_WITH), form.text(PRE_MEETING_CONTACT_REASON),
                form.bool(NOT_A_PRE_MEETING, "Bekräftelse"));
    }
}
