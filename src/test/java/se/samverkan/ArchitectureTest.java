package se.samverkan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Keeps the layout visible: Vaadin stays in the UI, repositories stay in their feature, each feature's tables are
 * used by its own repositories (and joined, for names, only by features that build on it).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samverkan");

    @Test
    void vaadinIsUsedOnlyInUiPackages() {
        noClasses().that().resideOutsideOfPackages("..ui..", "se.samverkan.base.security..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services and repositories must work without a UI; only the security setup wires Vaadin in")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should(new ArchCondition<>("be used only inside their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        // any dependency counts: calls, fields, parameters, constructor injection
                        repository.getDirectDependenciesToSelf().forEach(dependency -> {
                            String from = dependency.getOriginClass().getPackageName();
                            if (!from.equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }

    /** The feature that owns each generated table; only that feature writes it. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("Organisation", "organisation"), Map.entry("Person", "organisation"),
            Map.entry("UserAccount", "organisation"), Map.entry("UserRole", "organisation"),
            Map.entry("SignInThrottle", "organisation"), Map.entry("SsoIdentity", "organisation"),
            Map.entry("Agreement", "agreement"), Map.entry("AgreementParty", "agreement"),
            Map.entry("PriorityArea", "agreement"), Map.entry("AreaContribution", "agreement"),
            Map.entry("ActionPlan", "actionplan"), Map.entry("ActionItem", "actionplan"),
            Map.entry("ActionItemCoOwner", "actionplan"), Map.entry("ProgressReport", "actionplan"),
            Map.entry("TargetGroup", "actionplan"), Map.entry("ActionItemTargetGroup", "actionplan"),
            Map.entry("ActionItemResource", "actionplan"), Map.entry("ActionItemBasis", "actionplan"),
            Map.entry("Indicator", "actionplan"), Map.entry("IndicatorMeasurement", "actionplan"),
            Map.entry("Attachment", "actionplan"),
            Map.entry("FollowUp", "followup"), Map.entry("FollowUpArea", "followup"),
            Map.entry("FollowUpSeries", "followup"), Map.entry("FollowUpOrganisation", "followup"),
            Map.entry("FollowUpPerson", "followup"), Map.entry("FollowUpDecision", "followup"),
            Map.entry("ReminderPreference", "followup"), Map.entry("CalendarFeed", "followup"),
            Map.entry("Reminder", "followup"), Map.entry("MailOutbox", "followup"),
            Map.entry("AuditEvent", "audit"), Map.entry("AuditChange", "audit"),
            Map.entry("ConsultationRound", "consultation"), Map.entry("ConsultationBody", "consultation"),
            Map.entry("ConsultationAnswer", "consultation"), Map.entry("ConsultationMemberStatement", "consultation"),
            Map.entry("ConsultationTag", "consultation"), Map.entry("ConsultationRemark", "consultation"),
            Map.entry("ConsultationRemarkTag", "consultation"), Map.entry("ConsultationRemarkLink", "consultation"));

    /**
     * Features whose tables a feature's repositories may also join, for names and context. Reads follow the direction
     * in which the features' services depend on each other, so no feature reaches back into one that builds on it
     * (the agreement feature, for one, may not count action items itself).
     */
    static final Map<String, Set<String>> READS = Map.of(
            "organisation", Set.of(),
            "agreement", Set.of("organisation"),
            "actionplan", Set.of("agreement", "organisation"),
            "followup", Set.of("actionplan", "agreement", "organisation"),
            "consultation", Set.of("actionplan", "agreement", "organisation"),
            "dashboard", Set.of("actionplan", "agreement", "organisation", "followup"),
            "audit", Set.of(),
            "report", Set.of("actionplan", "agreement", "organisation"),
            "demo", Set.of("agreement", "organisation"));

    private static final String GENERATED_TABLES = "se.samverkan.db.tables";

    @Test
    void everyGeneratedTableHasAnOwningFeature() {
        Set<String> tables = CLASSES.stream()
                .filter(c -> c.getPackageName().equals(GENERATED_TABLES) && c.getEnclosingClass().isEmpty())
                .map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());
        assertThat(tables).isNotEmpty();
        assertThat(OWNER.keySet()).as("tables with an owner").containsAll(tables);
    }

    @Test
    void generatedTablesAreUsedOnlyByRepositoriesOfTheirOwnerOrOfFeaturesThatReadThem() {
        classes().that().resideInAPackage("se.samverkan..").and().resideOutsideOfPackage("se.samverkan.db..")
                .should(new ArchCondition<>("use generated tables only in repositories of their owning feature, "
                        + "or of a feature that declares it reads them") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String feature = feature(origin);
                        origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String table = tableOf(target);
                            if (table == null) {
                                return;
                            }
                            String owner = OWNER.get(table);
                            boolean repository = origin.getSimpleName().endsWith("Repository")
                                    || feature.equals("demo");
                            boolean allowed = repository && (feature.equals(owner)
                                    || READS.getOrDefault(feature, Set.of()).contains(owner));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(dependency, origin.getName() + " ("
                                        + feature + ") uses table " + table + " of " + owner + ": "
                                        + dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(CLASSES);
    }

    private static String feature(JavaClass c) {
        String rest = c.getPackageName().substring("se.samverkan".length());
        if (rest.isEmpty()) {
            return "";
        }
        rest = rest.substring(1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String tableOf(JavaClass target) {
        while (target.getEnclosingClass().isPresent()) {
            target = target.getEnclosingClass().get();
        }
        String pkg = target.getPackageName();
        String name = target.getSimpleName();
        if (pkg.equals(GENERATED_TABLES)) {
            return name;
        }
        if (pkg.equals(GENERATED_TABLES + ".records") && name.endsWith("Record")) {
            return name.substring(0, name.length() - "Record".length());
        }
        return null;
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(CLASSES);
    }

    @Test
    void generatedDatabaseCodeIsNotUsedByViews() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("se.samverkan.db..")
                .check(CLASSES);
    }
}
