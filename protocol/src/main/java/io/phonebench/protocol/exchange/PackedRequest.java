package io.phonebench.protocol.exchange;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A recorded request as bytes, in an array a {@link RequestJournal} keeps and refills. A journal keeps each request
 * for up to a hundred more: at a phone's pace, most of a minute. Kept as objects (about twenty a request), a fleet
 * JVM's collector copied every one at every young pause while it lived, which made a third of the pause at 2,000
 * virtual phones. Packed into arrays the journal reuses once it is full, the kept requests cost the collector
 * nothing to copy and dirty no card. Written by hand: Java serialization and {@code DataOutputStream} allocate as
 * they write and cap a string at 64 KB; this fills an array that is already there. Strings are kept char for char
 * (Latin-1 when they fit, UTF-16 otherwise), so a request unpacks equal to the one packed.
 */
final class PackedRequest {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final byte LATIN_1 = 0;
    private static final byte UTF_16 = 1;
    private static final byte ABSENT = 2;

    private PackedRequest() {
    }

    /** How many bytes {@link #write} fills for {@code request}. */
    static int size(RecordedRequest request) {
        int size = Long.BYTES + size(request.from()) + size(request.method()) + size(request.target())
                + Long.BYTES + Integer.BYTES + size(request.failure()) + size(request.answeredContentType());
        String[] pairs = request.fields().pairs();
        size += Integer.BYTES;
        for (String s : pairs) {
            size += size(s);
        }
        return size + Integer.BYTES + request.bodyLength();
    }

    /** Packs {@code request} at the start of {@code into}, which holds at least {@link #size} bytes. */
    static void write(RecordedRequest request, byte[] into) {
        Writer out = new Writer(into);
        out.putLong(request.sequence());
        out.put(request.from());
        out.put(request.method());
        out.put(request.target());
        out.putLong(request.receivedAt().getEpochSecond());
        out.putInt(request.receivedAt().getNano());
        out.put(request.failure().orElse(null));
        out.put(request.answeredContentType().orElse(null));
        String[] pairs = request.fields().pairs();
        out.putInt(pairs.length);
        for (String s : pairs) {
            out.put(s);
        }
        out.putInt(request.bodyLength());
        request.copyBodyTo(into, out.at);
    }

    /** The request {@link #write} packed into {@code from}. */
    static RecordedRequest read(byte[] from) {
        Reader in = new Reader(from);
        long sequence = in.getLong();
        String sender = in.get();
        String method = in.get();
        String target = in.get();
        Instant at = Instant.ofEpochSecond(in.getLong(), in.getInt());
        Optional<String> failure = Optional.ofNullable(in.get());
        Optional<String> answered = Optional.ofNullable(in.get());
        String[] pairs = new String[in.getInt()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = in.get();
        }
        byte[] body = new byte[in.getInt()];
        System.arraycopy(from, in.at, body, 0, body.length);
        return new RecordedRequest(sequence, sender, method, target, HeaderFields.ofPairs(pairs), body, at, failure,
                answered);
    }

    private static int size(Optional<String> s) {
        return size(s.orElse(null));
    }

    private static int size(String s) {
        if (s == null) {
            return 1;
        }
        return 1 + Integer.BYTES + (latin1(s) ? s.length() : 2 * s.length());
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static final class Writer {
        private final byte[] to;
        private int at;

        Writer(byte[] to) {
            this.to = to;
        }

        void putInt(int v) {
            INT.set(to, at, v);
            at += Integer.BYTES;
        }

        void putLong(long v) {
            LONG.set(to, at, v);
            at += Long.BYTES;
        }

        void put(String s) {
            if (s == null) {
                to[at++] = ABSENT;
                return;
            }
            boolean narrow = latin1(s);
            to[at++] = narrow ? LATIN_1 : UTF_16;
            putInt(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!narrow) {
                    to[at++] = (byte) (c >>> 8);
                }
                to[at++] = (byte) c;
            }
        }
    }

    private static final class Reader {
        private final byte[] from;
        private int at;

        Reader(byte[] from) {
            this.from = from;
        }

        int getInt() {
            int v = (int) INT.get(from, at);
            at += Integer.BYTES;
            return v;
        }

        long getLong() {
            long v = (long) LONG.get(from, at);
            at += Long.BYTES;
            return v;
        }

        String get() {
            byte kind = from[at++];
            if (kind == ABSENT) {
                return null;
            }
            int length = getInt();
            if (kind == LATIN_1) {
                String s = new String(from, at, length, StandardCharsets.ISO_8859_1);
                at += length;
                return s;
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++, at += 2) {
                chars[i] = (char) (((from[at] & 0xFF) << 8) | (from[at + 1] & 0xFF));
            }
            return new String(chars);
        }
    }
}
