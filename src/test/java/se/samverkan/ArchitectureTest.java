package se.samverkan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of dependencies: features (agency, cooperation, team, staircase) build on platform and
 * notification, never the other way round; a feature supplies what the platform needs of it through
 * platform interfaces (StaffGroups, CardVariables, StartPermission, SensitiveVariables, ...). Among the
 * features, agency is reference data the others may read; no other feature is used by another.
 *
 * <p>Uppföljning (followup) counts what the other features store, yet depends on none of their classes: it
 * reads their tables through SQL views of codes and dates only (db/migration/V10__followup_views.sql, and
 * V18__followup_survey_views.sql for Enkäter's sums), so no case content or free-text answer can reach a report
 * and the features stay free to change their classes. Nothing uses it.
 */
@AnalyzeClasses(packages = "se.samverkan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "se.samverkan.agency..", "se.samverkan.cooperation..", "se.samverkan.team..", "se.samverkan.staircase..",
        "se.samverkan.followup..", "se.samverkan.survey.."};

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses()
            .that().resideInAPackage("se.samverkan.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAPackage("se.samverkan.notification..");

    @ArchTest
    static final ArchRule notificationKnowsNoFeature = noClasses()
            .that().resideInAPackage("se.samverkan.notification..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule agencyKnowsNoOtherFeature = noClasses()
            .that().resideInAPackage("se.samverkan.agency..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.samverkan.cooperation..", "se.samverkan.team..", "se.samverkan.staircase..",
                    "se.samverkan.followup..", "se.samverkan.survey..");

    @ArchTest
    static final ArchRule followupReadsTheOtherFeaturesThroughViewsOnly = noClasses()
            .that().resideInAPackage("se.samverkan.followup..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.samverkan.cooperation..", "se.samverkan.team..", "se.samverkan.staircase..",
                    "se.samverkan.survey..");

    @ArchTest
    static final ArchRule cooperationIsUsedByNoOtherFeature = usedOnlyByItself("cooperation");

    @ArchTest
    static final ArchRule teamIsUsedByNoOtherFeature = usedOnlyByItself("team");

    @ArchTest
    static final ArchRule staircaseIsUsedByNoOtherFeature = usedOnlyByItself("staircase");

    @ArchTest
    static final ArchRule followupIsUsedByNoOtherFeature = usedOnlyByItself("followup");

    @ArchTest
    static final ArchRule surveyIsUsedByNoOtherFeature = usedOnlyByItself("survey");

    @ArchTest
    static final ArchRule noCycles = slices().matching("se.samverkan.(*)..").should().beFreeOfCycles();

    private static ArchRule usedOnlyByItself(String feature) {
        return noClasses()
                .that().resideOutsideOfPackage("se.samverkan." + feature + "..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan." + feature + "..");
    }
}
