package se.samverkan.platform;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /** One field of one process's start form: the values the server accepts, and what each reader sees by groups. */
    static StartFormOptions forField(String processKey, String fieldKey, Supplier<List<String>> accepted,
            Function<List<String>, List<FormOptions.Option>> shownToGroups) {
        return new StartFormOptions() {
            @Override
            public List<String> values(String process, String field) {
                return processKey.equals(process) && fieldKey.equals(field) ? accepted.get() : null;
            }

            @Override
            public List<FormOptions.Option> shownTo(String process, String field, String userId, List<String> groups) {
                return processKey.equals(process) && fieldKey.equals(field) ? shownToGroups.apply(groups) : null;
            }
        };
    }
}
