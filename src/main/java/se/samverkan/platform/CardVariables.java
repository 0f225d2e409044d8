package se.samverkan.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Process variables a feature shows on every task card in Tasklist, with their Swedish labels
 * ({@link TasklistFilters}, {@link TaskCardVariables}). The cards show the features' variables in the
 * features' {@code @Order}.
 */
public interface CardVariables {

    record CardVariable(String name, String label) {
    }

    List<CardVariable> variables();

    /** Every feature's card variables, in the order of the given (ordered) list, each name once. */
    static List<CardVariable> all(List<CardVariables> features) {
        Map<String, CardVariable> byName = new LinkedHashMap<>();
        features.forEach(feature -> feature.variables().forEach(v -> byName.putIfAbsent(v.name(), v)));
        return List.copyOf(byName.values());
    }
}
