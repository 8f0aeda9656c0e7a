package org.bangtin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.bangtin.text.DidYouMean;
import org.bangtin.text.Slugs;

/**
 * Matches the file names editors type against the names on disk. "Quyết định.pdf" may be stored
 * decomposed (NFD: macOS, some downloads) and typed composed (NFC), or the other way round: the
 * two look identical, so they are the same name here. A name that matches nothing gets the
 * nearest name in its folder, for "did you mean".
 */
public final class FileNames {
    private FileNames() {
    }

    /**
     * The existing file or folder that {@code wanted} (a normalised path inside {@code root})
     * names, each part compared in NFC when it is not there as written; empty when none is.
     * Symbolic links are not checked here: the caller checks the path it gets.
     */
    public static Optional<Path> existing(Path root, Path wanted) {
        if (Files.exists(wanted, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(wanted);
        }
        if (!wanted.startsWith(root)) {
            return Optional.empty();
        }
        Path found = root;
        for (Path part : root.relativize(wanted)) {
            Path exact = found.resolve(part.toString());
            Optional<Path> next = Files.exists(exact, LinkOption.NOFOLLOW_LINKS) ? Optional.of(exact)
                    : entries(found).stream().filter(entry -> nfc(entry).equals(nfc(part.toString())))
                            .findFirst().map(found::resolve);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            found = next.get();
        }
        return Optional.of(found);
    }

    /**
     * The name in {@code missing}'s folder an editor most likely meant: the same name in another
     * case ("GOOD.md"), the name with its extension ("good" for "good.md"), the name typed without
     * its marks or with dashes ("Ke-hoach-so-1.pdf" for "Kế hoạch số 1.pdf", as editors often type
     * Vietnamese), or one a typo or two away. Hidden files are never suggested.
     */
    public static Optional<String> nearest(Path missing) {
        Path parent = missing.getParent();
        if (parent == null || missing.getFileName() == null || !Files.isDirectory(parent)) {
            return Optional.empty();
        }
        String wanted = nfc(missing.getFileName().toString());
        List<String> names = entries(parent).stream().filter(name -> !name.startsWith(".")).map(FileNames::nfc).toList();
        String lower = wanted.toLowerCase(Locale.ROOT);
        return names.stream().filter(name -> name.toLowerCase(Locale.ROOT).equals(lower)
                || withoutExtension(name).toLowerCase(Locale.ROOT).equals(lower)).findFirst()
                .or(() -> names.stream().filter(name -> folded(name).equals(folded(wanted))).findFirst())
                .or(() -> DidYouMean.closest(wanted, names));
    }

    /** {@code name} as typed with its last part replaced by {@code nearest}, the way the editor writes it. */
    public static String replaceLast(String name, String nearest) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? nearest : trimmed.substring(0, slash + 1) + nearest;
    }

    static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** A name without marks, case, spaces or dashes: "Kế hoạch số 1.PDF" and "ke-hoach-so-1.pdf" are alike. */
    private static String folded(String name) {
        String extension = name.substring(withoutExtension(name).length()).toLowerCase(Locale.ROOT);
        String words = Slugs.slugify(withoutExtension(name), Integer.MAX_VALUE);
        return words.isEmpty() ? name : words + extension;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /** The names in {@code folder}, sorted so that a choice between two is the same on every build. */
    private static List<String> entries(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(entry -> entry.getFileName().toString()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable folder: the file is reported as not found
        }
    }
}
