package se.samverkan.platform;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * What a task's form shows but never submits, read by a feature from its own tables for the reader:
 * the child's name, the answers so far. Served with the form's variables ({@link FormDisplay}) and never
 * stored by the engine, so case content stays in the application's tables.
 */
public interface FormDisplayValues {

    /** Values by the names the forms' texts use; empty when the reader may not see the task's case. */
    Map<String, String> forTask(Task task, String userId, List<String> userGroups);

    /**
     * Text typed by staff, safe inside a form's Markdown: every Markdown character is escaped, so a name
     * cannot become a link or a heading, and line breaks stay line breaks.
     */
    static String markdownText(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "\\\\$1")
                .replace("\r\n", "\n").replace("\n", "  \n");
    }
}
