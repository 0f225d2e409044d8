package se.samverkan.followup;

import se.samverkan.platform.Figure;

/**
 * A share in whole per cent, shown only when it rests on at least {@value Figure#THRESHOLD} meetings or plans
 * (otherwise "färre än 5 underlag").
 */
public record Share(Integer percent, String text, Figure basis) {

    public static Share of(long yes, long all) {
        Figure basis = Figure.of(all);
        if (basis.suppressed()) {
            return new Share(null, "färre än 5 underlag", basis);
        }
        int percent = (int) Math.round(100.0 * yes / all);
        return new Share(percent, percent + " %", basis);
    }
}
