package se.samverkan.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process variables a feature shows on every task card in Tasklist, with their Swedish labels
 * ({@link TasklistFilters}, {@link TaskCardVariables}). A feature supplies one as a bean; the cards show
 * the features' variables by {@code position}, lowest first.
 */
public record CardVariables(int position, List<CardVariable> variables) {

    public record CardVariable(String name, String label) {
    }

    /** {@code of(1, "caseNumber", "Ärende", "childInitials", "Barn")}: names and labels in turn. */
    public static CardVariables of(int position, String... namesAndLabels) {
        List<CardVariable> variables = new ArrayList<>();
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            variables.add(new CardVariable(namesAndLabels[i], namesAndLabels[i + 1]));
        }
        return new CardVariables(position, List.copyOf(variables));
    }

    /** Every feature's card variables, by position, each name once. */
    static List<CardVariable> all(List<CardVariables> features) {
        Map<String, CardVariable> byName = new LinkedHashMap<>();
        features.stream().sorted(Comparator.comparingInt(CardVariables::position))
                .forEach(feature -> feature.variables().forEach(v -> byName.putIfAbsent(v.name(), v)));
        return List.copyOf(byName.values());
    }
}
