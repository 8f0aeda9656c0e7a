package org.bangtin.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Documents that old portals served through a download handler ("DownloadFile.aspx?FileID=12"),
 * as wget saved them: under the handler's name with the query ({@code ?}, or {@code @} with
 * {@code --restrict-file-names=windows}) and without an extension, so that only their first
 * bytes tell what they are.
 */
final class SavedDownloads {
    /** The bytes read to tell a file's kind by its start. */
    private static final int HEAD = 16;
    /** The largest old Office file whose kind is looked for (its directory may be anywhere in it). */
    private static final long MAX_OLD_OFFICE = 64L * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF = "{\\rtf".getBytes(StandardCharsets.US_ASCII);

    private SavedDownloads() {
    }

    /**
     * The file wget saved for {@code handler} (a path in the saved site, which need not exist)
     * asked with {@code query}; empty when there is none, or the query names a folder.
     */
    static Optional<Path> saved(Path handler, String query) {
        if (query.isEmpty() || query.contains("/") || query.contains("\\")) {
            return Optional.empty();
        }
        for (String separator : List.of("?", "@")) {
            try {
                Path file = handler.resolveSibling(handler.getFileName() + separator + query);
                if (Files.isRegularFile(file)) {
                    return Optional.of(file);
                }
            } catch (InvalidPathException e) {
                // a '?' where the file system has none (Windows): the other form
            }
        }
        return Optional.empty();
    }

    /** The extension of the document {@code file} holds (pdf, docx, doc...), or empty when it is none of them. */
    static Optional<String> documentExtension(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (startsWith(head, PDF)) {
            return Optional.of("pdf");
        }
        if (startsWith(head, RTF)) {
            return Optional.of("rtf");
        }
        if (startsWith(head, ZIP)) {
            return Optional.of(officeOpenXml(file));
        }
        if (startsWith(head, OLE)) {
            return oldOffice(file);
        }
        return Optional.empty();
    }

    /** A Word, Excel or PowerPoint file of 2007 and after, by its parts; else a plain zip archive. */
    private static String officeOpenXml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                String name = entries.nextElement().getName();
                if (name.startsWith("word/")) {
                    return "docx";
                }
                if (name.startsWith("xl/")) {
                    return "xlsx";
                }
                if (name.startsWith("ppt/")) {
                    return "pptx";
                }
            }
        } catch (IOException e) {
            // not a readable zip: kept as one, which the reader's program will tell
        }
        return "zip";
    }

    /**
     * A Word, Excel or PowerPoint file of before 2007, by the name of its main stream in the
     * file's directory, which may be anywhere in the file (an import reads each document once).
     */
    private static Optional<String> oldOffice(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_OLD_OFFICE) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (contains(bytes, utf16("WordDocument"))) {
            return Optional.of("doc");
        }
        if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book"))) {
            return Optional.of("xls");
        }
        if (contains(bytes, utf16("PowerPoint Document"))) {
            return Optional.of("ppt");
        }
        return Optional.empty();
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (bytes[i] == part[0] && Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }
}
