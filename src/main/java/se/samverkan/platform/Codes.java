package se.samverkan.platform;

import java.util.Arrays;

/** Coded form values (radio buttons, selects) are enums, defined once; a client may send anything. */
public final class Codes {

    private Codes() {
    }

    /** Whether the value is one of the codes, null and unknown values included (never an exception). */
    public static <E extends Enum<E>> boolean isOneOf(Class<E> codes, String value) {
        return value != null && Arrays.stream(codes.getEnumConstants()).anyMatch(code -> code.name().equals(value));
    }
}
