package io.phonebench.bench.sensitivity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One firmware deviation of the catalogue: the virtual phone that carries it, the SDK rule it breaks and where that
 * rule is written, the nightly tests that must fail on it (no more, no fewer), and the text each failure must carry.
 *
 * @param profile  firmware profile name (a {@code Deviation} id) the virtual phone runs
 * @param model    catalog model the deviation is shown on
 * @param rule     the rule the firmware breaks
 * @param source   where the rule is written (the seed chapter's heading, or a Cisco document)
 * @param tests    {@code Class.method} of every nightly test that must fail on this phone
 * @param evidence found in the message of each of those failures
 */
public record CataloguedDeviation(String profile, String model, String rule, String source, Set<String> tests,
                                  Pattern evidence) {
    public CataloguedDeviation {
        tests = Set.copyOf(tests);
    }

    /** The rig phone that runs it: profile and model number, unique in the catalogue. */
    public String phoneName() {
        return profile + "-" + model.replaceAll("[^0-9]", "");
    }
}
