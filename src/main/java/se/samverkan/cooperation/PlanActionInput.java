package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.MAX_PLAN_ACTIONS;
import static se.samverkan.cooperation.ChildCooperationProcess.PLAN_ACTION;

import java.util.List;
import se.samverkan.platform.FormData;

/** One row of "Upprätta Barnets plan" as submitted: action{row}What, ...Agency, ...Person, ...DueDate. */
public record PlanActionInput(int row, String what, String agency, String person, String dueDate) {

    public static List<PlanActionInput> read(FormData form) {
        return form.rows(PLAN_ACTION, MAX_PLAN_ACTIONS, row -> new PlanActionInput(row.number(), row.text("what"),
                row.text("agency"), row.text("person"), row.text("dueDate")));
    }

    /** This row's field, e.g. field("dueDate") is action3DueDate, for a message that names it. */
    public String field(String name) {
        return FormData.fieldName(PLAN_ACTION, row, name);
    }
}
