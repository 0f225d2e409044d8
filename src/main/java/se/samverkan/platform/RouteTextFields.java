package se.samverkan.platform;

import java.util.Set;

/**
 * Free-text form fields whose value is part of a case's route rather than its content, so the engine keeps
 * it like a code or a date: the name of a municipality, an initiative's title, an agency's new contact
 * path, a case number typed to find the case. Every other free text arrives transient and is never stored
 * by the engine ({@link FormSubmission}).
 */
public interface RouteTextFields {

    /** As "formId/fieldKey", the form's id as in its file. */
    Set<String> fields();
}
