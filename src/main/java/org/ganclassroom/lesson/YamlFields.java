package org.ganclassroom.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.ganclassroom.text.Messages;

/**
 * Typed, line-aware reading of one YAML mapping. We read SnakeYAML's node tree rather than constructed Java
 * maps because only the nodes remember the line each value came from, and every message to an instructor
 * names a line. Each getter reports what is wrong to the problem sink and returns a safe default, so one
 * pass finds all the problems in a file.
 */
final class YamlFields {

    private final MappingNode mapping;
    private final String what;
    private final BiConsumer<Integer, String> problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    /**
     * @param what     how messages name this mapping, e.g. "a concept lesson" or "a question"
     * @param allowed  every key this mapping may have; others are reported with the closest allowed key
     * @param problems receives (1-based line, message)
     */
    YamlFields(MappingNode mapping, String what, Set<String> allowed, BiConsumer<Integer, String> problems) {
        this.mapping = mapping;
        this.what = what;
        this.problems = problems;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int line = lineOf(keyNode);
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.accept(line, Messages.get("lesson.fieldNameNotText"));
                continue;
            }
            String key = scalarKey.getValue();
            if (fields.containsKey(key)) {
                problems.accept(line, Messages.get("lesson.fieldTwice", key));
            } else if (!allowed.contains(key)) {
                String allowedFields = String.join(", ", allowed);
                problems.accept(line, suggestion(key, allowed)
                        .map(best -> Messages.get("lesson.unknownFieldDidYouMean", what, best, allowedFields, key))
                        .orElseGet(() -> Messages.get("lesson.unknownField", what, allowedFields, key)));
            } else {
                fields.put(key, tuple);
            }
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return lineOf(mapping);
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(fields.get(key)).map(NodeTuple::getValueNode);
    }

    /** The line of a field's value, or of the mapping itself when the field is absent. */
    int lineOf(String key) {
        return value(key).map(YamlFields::lineOf).orElse(line());
    }

    String requiredText(String key) {
        if (!has(key)) {
            problems.accept(line(), Messages.get("lesson.missingField", what, key));
            return "";
        }
        return optionalText(key, "");
    }

    String optionalText(String key, String fallback) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                problems.accept(lineOf(scalar), Messages.get("lesson.emptyField", key));
            }
            return text;
        }
        problems.accept(lineOf(node.get()), Messages.get("lesson.notText", key));
        return fallback;
    }

    /** YAML's true/false; "yes", "no" and friends are refused because translators would not expect them. */
    boolean requiredBoolean(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            problems.accept(line(), Messages.get("lesson.missingBoolean", what, key));
            return false;
        }
        if (node.get() instanceof ScalarNode scalar) {
            String text = scalar.getValue().strip().toLowerCase(java.util.Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return text.equals("true");
            }
        }
        problems.accept(lineOf(node.get()), Messages.get("lesson.notBoolean", key));
        return false;
    }

    long optionalInteger(String key, long fallback, long min, long max) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof ScalarNode scalar) {
            try {
                long value = Long.parseLong(scalar.getValue().strip());
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
        }
        problems.accept(lineOf(node.get()), Messages.get("lesson.notWholeNumber", key, min, max));
        return fallback;
    }

    /** One of a fixed set of words, e.g. {@code dataset: mnist}. */
    String optionalChoice(String key, String fallback, List<String> choices) {
        String text = optionalText(key, fallback);
        if (!choices.contains(text)) {
            problems.accept(lineOf(key), Messages.get("lesson.notAChoice", key, String.join(", ", choices), text));
            return fallback;
        }
        return text;
    }

    /** A list of mappings, each handed to the caller; other list items are reported. */
    List<MappingNode> mappingList(String key, boolean required) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            if (required) {
                problems.accept(line(), Messages.get("lesson.missingList", what, key));
            }
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            problems.accept(lineOf(node.get()), Messages.get("lesson.notAListOfFields", key));
            return List.of();
        }
        List<MappingNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode itemMapping) {
                items.add(itemMapping);
            } else {
                problems.accept(lineOf(item), Messages.get("lesson.itemNotFields", key));
            }
        }
        if (required && items.isEmpty() && sequence.getValue().isEmpty()) {
            problems.accept(lineOf(sequence), Messages.get("lesson.emptyList", key));
        }
        return items;
    }

    /** A list of plain texts, e.g. the choices of a multiple-choice question. */
    List<String> textList(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof SequenceNode sequence)) {
            problems.accept(lineOf(node.get()), Messages.get("lesson.notAList", key));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                texts.add(scalar.getValue().strip());
            } else {
                problems.accept(lineOf(item), Messages.get("lesson.itemNotText", key));
            }
        }
        return texts;
    }

    /** The allowed field name closest to a misspelt one (within two edits), if any. */
    private static Optional<String> suggestion(String key, Set<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = editDistance(key.toLowerCase(java.util.Locale.ROOT), candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
