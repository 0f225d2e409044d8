package se.samverkan.staircase;

/** The processes "Samverkanstrappan" and "Samverkanstrappa i fyra steg": keys and variable names. */
public final class StaircaseProcess {

    public static final String KEY = "staircaseDevelopment";
    public static final String INITIATIVE_KEY = "cooperationInitiative";

    public static final String ROUND_ID = "roundId";
    public static final String MUNICIPALITY = "municipality";
    public static final String REGION = "region";
    public static final String STEP_CODES = "stepCodes";
    public static final String STEP_COUNT = "stepCount";
    /** step1Name, step1Method, step1Responsible, step1DueDate, step1Summary, step1Develop, step1Who, step1ByWhen, ... */
    public static final String STEP = "step";
    public static final int MAX_STEPS = 8;
    public static final String STEP_CODE = "stepCode";
    public static final String STEP_NAME = "stepName";
    public static final String WORK_ID = "workId";
    public static final String WRITTEN_ANSWER_AGENCIES = "writtenAnswerAgencies";
    public static final String ANSWER_DEADLINE = "answerDeadline";
    public static final String ANSWERING_AGENCY = "answeringAgency";
    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String PAGE_URL = "pageUrl";

    public static final String INITIATIVE_ID = "initiativeId";

    private StaircaseProcess() {
    }
}
