package se.samverkan.staircase;

/** The four steps, in order; each answers its question before the next may start. */
public enum InitiativeStep {
    DIALOGUE("initiativeDialogue", "dialogue", "Samtal", "Vem vill och varför?"),
    SHARED_VIEW("initiativeSharedView", "sharedView", "Samsyn", "Vad bör göras?"),
    COOPERATION("initiativeCooperation", "cooperation", "Samverkan", "Vilka behövs för att utföra uppgiften?"),
    JOINT_ACTION("initiativeJointAction", "jointAction", "Samhandling", "Hur ska det göras och av vilka?");

    private final String taskKey;
    private final String field;
    private final String name;
    private final String question;

    InitiativeStep(String taskKey, String field, String name, String question) {
        this.taskKey = taskKey;
        this.field = field;
        this.name = name;
        this.question = question;
    }

    public static InitiativeStep ofTask(String taskDefinitionKey) {
        for (InitiativeStep step : values()) {
            if (step.taskKey.equals(taskDefinitionKey)) {
                return step;
            }
        }
        throw new IllegalArgumentException("Inget steg för uppgiften " + taskDefinitionKey);
    }

    public String field() {
        return field;
    }

    public String displayName() {
        return name;
    }

    public String question() {
        return question;
    }
}
