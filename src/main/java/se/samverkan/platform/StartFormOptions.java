package se.samverkan.platform;

import java.util.List;

/**
 * The choices a feature accepts in a start form field, from its own tables, where the form's static list
 * is only what Tasklist shows. A team set up today is a valid choice before a process owner adds it to the
 * form. A field with a {@code valuesKey} gets its choices for the reader from {@link #shownTo} instead
 * ({@link FormDisplay} writes them into the start form as Tasklist loads it).
 */
public interface StartFormOptions {

    /** The allowed values of this field of this process's start form, or null to leave it to the form. */
    List<String> values(String processKey, String fieldKey);

    /**
     * What Tasklist shows this user in a start form field that reads its choices from a variable
     * ({@code valuesKey}), such as the units the user works in; null when this feature does not fill the field.
     * The service that receives the form still checks the choice.
     */
    default List<FormOptions.Option> shownTo(String processKey, String fieldKey, String userId, List<String> groups) {
        return null;
    }
}
