package dev.lectern;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the stages' arrows pointing one way, as STYLE.md draws them. */
@AnalyzeClasses(packages = "dev.lectern", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule stagesDependOnlyDownstream = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("dev.lectern.cli..")
            .layer("build").definedBy("dev.lectern.build..")
            .layer("render").definedBy("dev.lectern.render..")
            .layer("model").definedBy("dev.lectern.model..")
            .layer("load").definedBy("dev.lectern.load..")
            .layer("config").definedBy("dev.lectern.config..")
            .layer("write").definedBy("dev.lectern.write..")
            .layer("check").definedBy("dev.lectern.check..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("build").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("render").mayOnlyBeAccessedByLayers("build")
            .whereLayer("model").mayOnlyBeAccessedByLayers("build", "render")
            .whereLayer("load").mayOnlyBeAccessedByLayers("build", "model")
            // config owns the strict YAML rules that front matter is read under too
            .whereLayer("config").mayOnlyBeAccessedByLayers("build", "load")
            .whereLayer("write").mayOnlyBeAccessedByLayers("build", "render")
            // the link check reads built files; the build runs it, and so does `lectern check` through the build
            .whereLayer("check").mayOnlyBeAccessedByLayers("build");

    @ArchTest
    static final ArchRule theSharedVocabularyImportsNoStage = noClasses()
            .that().resideInAPackage("dev.lectern")
            .should().dependOnClassesThat().resideInAnyPackage("dev.lectern.cli..", "dev.lectern.build..",
                    "dev.lectern.config..", "dev.lectern.load..", "dev.lectern.model..", "dev.lectern.render..",
                    "dev.lectern.write..", "dev.lectern.check..");

    @ArchTest
    static final ArchRule theModelKnowsNoTemplatesNoMarkdownAndNoFiles = noClasses()
            .that().resideInAPackage("dev.lectern.model..")
            .should().dependOnClassesThat().resideInAnyPackage("freemarker..", "com.vladsch.flexmark..",
                    "java.nio.file.attribute..", "java.io.File")
            .orShould().callMethod(java.nio.file.Files.class, "readAllBytes", java.nio.file.Path.class)
            .orShould().callMethod(java.nio.file.Files.class, "readString", java.nio.file.Path.class);
}
