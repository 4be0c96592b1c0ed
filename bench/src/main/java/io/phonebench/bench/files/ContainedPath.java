package io.phonebench.bench.files;

import io.phonebench.bench.rig.RigConfigurationException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one way names from configuration (rig and phone names, models, test names, resources) become paths: the
 * result is checked to stay strictly under its root, so a name such as {@code ../../..} or {@code /tmp/x} cannot
 * make the bench write outside its tree. Names are validated when the rig loads; this is the second line.
 */
public final class ContainedPath {
    private ContainedPath() {
    }

    /**
     * {@code root/names[0]/names[1]...}, normalised.
     *
     * @param what what the path is for, for the message ("baseline", "lease file")
     * @throws RigConfigurationException when the path would not be strictly under {@code root}
     */
    public static Path under(Path root, String what, String... names) {
        Path base = root.toAbsolutePath().normalize();
        Path path = base;
        try {
            for (String name : names) {
                path = path.resolve(name);
            }
        } catch (InvalidPathException e) {
            throw refused(base, what, names, "it is not a file name (" + e.getReason() + ")");
        }
        path = path.normalize();
        if (!path.startsWith(base) || path.equals(base)) {
            throw refused(base, what, names, "it leads to " + path);
        }
        return path;
    }

    private static RigConfigurationException refused(Path base, String what, String[] names, String why) {
        return new RigConfigurationException(what + " " + String.join("/", names) + " must stay under " + base + ", but "
                + why + ": use names of letters, digits, '.', '_' and '-' (not '.' or '..')");
    }
}
