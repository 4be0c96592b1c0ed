package io.phonebench.bench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.screen.BaselineStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from configuration never lead a file outside its root. */
@Tag("reliability")
class ContainedPathTest {
    @TempDir
    Path root;

    @Test
    void aRigNameThatClimbsOutIsRefusedNamingIt() {
        RigConfigurationException refused = assertThrows(RigConfigurationException.class,
                () -> ContainedPath.under(root.resolve("baselines"), "baselines of rig", "../../.."));

        assertTrue(refused.getMessage().contains("baselines of rig ../../..")
                && refused.getMessage().contains("must stay under " + root.resolve("baselines")), refused.getMessage());
    }

    @Test
    void anAbsoluteNameIsRefused() {
        assertThrows(RigConfigurationException.class, () -> ContainedPath.under(root, "baselines of rig", "/tmp/x"));
    }

    @Test
    void theRootItselfIsRefused() {
        assertThrows(RigConfigurationException.class, () -> ContainedPath.under(root, "lease file", "."));
    }

    @Test
    void plainNamesResolveUnderTheRoot() {
        assertEquals(root.resolve("virtual/CP-7970G/MenuTest.title.png"),
                ContainedPath.under(root, "baseline", "virtual", "CP-7970G", "MenuTest.title.png"));
    }

    @Test
    void aBaselineOfAModelNamedDotDotIsRefused() {
        BaselineStore store = new BaselineStore(root.resolve("baselines/virtual"), false);

        assertThrows(RigConfigurationException.class, () -> store.file("..", "MenuTest.title"));
        assertEquals(root.resolve("baselines/virtual/CP-7970G/...png"), store.file("CP-7970G", ".."));
    }
}
