package io.phonebench.protocol.exchange;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A recorded request's headers as an immutable map of name to values, in order of arrival, held in one array of
 * names and values. Journals keep thousands of requests, each for tens of seconds: a map of lists cost about thirty
 * objects a request, and a fleet JVM's collector copied every one of them at every young pause while it lived.
 * Entries and value lists are made when asked for, which only tests and judges do.
 */
final class HeaderFields extends AbstractMap<String, List<String>> {
    private static final HeaderFields NONE = new HeaderFields(new String[0], 0);

    /** name, value, name, value ...: one pair per value, a name's pairs next to each other. */
    private final String[] pairs;
    private final int names;

    private HeaderFields(String[] pairs, int names) {
        this.pairs = pairs;
        this.names = names;
    }

    /** The same headers, copied unless they already are a {@code HeaderFields} (which nothing can change). */
    static HeaderFields copyOf(Map<String, List<String>> headers) {
        if (headers instanceof HeaderFields fields) {
            return fields;
        }
        int values = 0;
        for (List<String> v : headers.values()) {
            values += v.size();
        }
        if (values == 0) {
            return NONE;   // no values, so no names: a name without a value is not kept
        }
        String[] pairs = new String[values * 2];
        int at = 0;
        int names = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            String name = header.getKey();
            List<String> list = header.getValue();
            if (list.isEmpty()) {
                continue;   // a name without a value carries nothing a request sent
            }
            names++;
            for (String value : list) {
                pairs[at++] = Objects.requireNonNull(name, "header name");
                pairs[at++] = Objects.requireNonNull(value, () -> "value of header " + name);
            }
        }
        return new HeaderFields(pairs, names);
    }

    /** The headers {@link #pairs()} gave: name, value, name, value ..., a name's pairs next to each other. */
    static HeaderFields ofPairs(String[] pairs) {
        if (pairs.length == 0) {
            return NONE;
        }
        int names = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if (i == 0 || !pairs[i].equals(pairs[i - 2])) {
                names++;
            }
        }
        return new HeaderFields(pairs, names);
    }

    /** The array these headers are held in, for {@link PackedRequest} to copy; never changed, never handed on. */
    String[] pairs() {
        return pairs;
    }

    /** The first value of a header by case-insensitive name, or null. */
    String first(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equalsIgnoreCase(name)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    /** What a memory bound counts of these headers: each name and value, and a fixed cost per value. */
    long weight() {
        long bytes = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            bytes += (i == 0 || !pairs[i].equals(pairs[i - 2]) ? pairs[i].length() : 0) + pairs[i + 1].length() + 16;
        }
        return bytes;
    }

    @Override
    public List<String> get(Object key) {
        List<String> values = null;
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                if (values == null) {
                    values = new ArrayList<>(1);
                }
                values.add(pairs[i + 1]);
            }
        }
        return values == null ? null : List.copyOf(values);
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return names;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, List<String>>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Entry<String, List<String>> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        String name = pairs[next];
                        List<String> values = new ArrayList<>(1);
                        while (next < pairs.length && pairs[next].equals(name)) {
                            values.add(pairs[next + 1]);
                            next += 2;
                        }
                        return new SimpleImmutableEntry<>(name, List.copyOf(values));
                    }
                };
            }

            @Override
            public int size() {
                return names;
            }
        };
    }
}
