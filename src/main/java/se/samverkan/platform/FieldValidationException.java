package se.samverkan.platform;

/**
 * A rule of the application refused the input. The message is Swedish, names the field as the
 * user sees it, and is shown to the user as it is (REST: HTTP 400, see {@link RefusalMapping}).
 * Thrown from services; the surrounding transaction rolls back, so nothing is half-written.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;

    public FieldValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The variable (form field key) the message is about. */
    public String getField() {
        return field;
    }

    /** Finds the validation error behind an engine or REST exception, if that is what it is. */
    public static FieldValidationException findIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof FieldValidationException validation) {
                return validation;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
