package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.GUARDIAN;
import static se.samverkan.cooperation.ChildCooperationProcess.MAX_GUARDIANS;

import java.util.List;
import se.samverkan.platform.FormData;

/** A guardian as the start form numbers them: guardian{row}Name, guardian{row}Contact. */
public record GuardianInput(int row, String name, String contact) {

    public static List<GuardianInput> read(FormData form) {
        return form.rows(GUARDIAN, MAX_GUARDIANS, row -> new GuardianInput(row.number(), row.text("name"),
                row.text("contact")));
    }

    public String field(String name) {
        return FormData.fieldName(GUARDIAN, row, name);
    }
}
