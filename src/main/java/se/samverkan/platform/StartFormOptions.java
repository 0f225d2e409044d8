package se.samverkan.platform;

import java.util.List;

/**
 * The choices a feature accepts in a start form field, from its own tables, where the form's static list
 * is only what Tasklist shows (a start form has no variables to read choices from). A team set up today
 * is a valid choice before a process owner adds it to the form.
 */
public interface StartFormOptions {

    /** The allowed values of this field of this process's start form, or null to leave it to the form. */
    List<String> values(String processKey, String fieldKey);
}
