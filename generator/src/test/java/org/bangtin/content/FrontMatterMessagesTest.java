package org.bangtin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole message an editor sees for a front matter mistake, hint and column included (the spec
 * examples of spec/front-matter.txt show line and message only).
 */
class FrontMatterMessagesTest {
    @TempDir
    Path root;

    @Test
    void aForgottenClosingLineNamesTheLastFieldToCloseAfter() throws IOException {
        assertEquals(List.of("t.md:6: error: 'Kính gửi' is not a field: the front matter seems not to be closed\n"
                + "    hint: add a '---' line after line 4 (the last field), before the text of the notice"),
                messages("---\ntitle: \"Quên đóng\"\ndate: 2024-05-03\nauthor: A\n\nKính gửi: các xã\n\n---\n\nĐoạn cuối.\n"));
        assertEquals(List.of("t.md:6:1: error: line 6 is not a field: the front matter seems not to be closed\n"
                + "    hint: add a '---' line after line 4 (the last field), before the text of the notice"),
                messages("---\ntitle: \"Quên đóng\"\ndate: 2024-05-03\nauthor: A\n\nKính gửi các xã\n\n---\n"));
    }

    @Test
    void aVietnameseFieldNameIsLinkedFromTheMissingField() throws IOException {
        assertEquals(List.of("t.md:1: error: missing 'title' in the front matter\n"
                + "    hint: rename 'tiêu đề' on line 2 to 'title'",
                "t.md:2: error: unknown field 'tiêu đề' in the front matter\n    hint: did you mean 'title'?",
                "t.md:4: error: unknown field 'chuyên mục' in the front matter\n    hint: did you mean 'category'?"),
                messages("---\ntiêu đề: \"X\"\ndate: 2024-05-03\nchuyên mục: Kế hoạch\nauthor: A\n---\n"));
    }

    @Test
    void aCustomFieldWithAccentsIsToldItsAsciiName() throws IOException {
        assertEquals(List.of("t.md:3: error: 'người ký' cannot be a field name: it has spaces or accents\n"
                + "    hint: name a custom field with ASCII letters, digits and '-', such as 'nguoi-ky'; known fields: "
                + String.join(", ", NoticeReader.FIELDS)),
                messages("---\ntitle: \"X\"\nngười ký: Nguyễn Văn A\ndate: 2024-05-03\nauthor: A\n---\n"));
    }

    @Test
    void aListNotClosedIsReportedAtItsBracket() throws IOException {
        assertEquals(List.of("t.md:5:7: error: the list opened with '[' on line 5 is not closed with ']'\n"
                + "    hint: end the list with ']' on the same line, as in 'tags: [\"một\", \"hai\"]'; put an item that"
                + " holds ',' or ']' in quotes"),
                messages("---\ntitle: \"X\"\ndate: 2024-05-03\nauthor: A\ntags: [bình đẳng giới, \"x\"\n---\n"));
    }

    @Test
    void aNoBreakSpaceAfterTheColonIsASpace() throws IOException {
        assertEquals(List.of(), messages("---\ntitle:\u00a0\"X\"\ndate: 2024-05-03\nauthor:\u00a0A\n---\n"));
    }

    @Test
    void aTitleOfZeroWidthSpacesIsEmpty() throws IOException {
        assertEquals(List.of("t.md:2: error: 'title' is empty\n"
                + "    hint: write the notice's title, such as 'title: \"Kế hoạch số 925/KH-UBND\"'"),
                messages("---\ntitle: \u200b\u200b\ndate: 2024-05-03\nauthor: A\n---\n"));
    }

    @Test
    void aCommentCuttingATextSaysHowToKeepIt() throws IOException {
        assertEquals(List.of("t.md:5: warning: the text after ' #' on line 5 is a YAML comment and is left out\n"
                + "    hint: put the value in quotes to keep it, as in 'summary: \"... # ...\"'"),
                messages("---\ntitle: \"X\"\ndate: 2024-05-03\nauthor: A\nsummary: Tóm tắt có dấu # ở giữa\n---\n"));
    }

    @Test
    void curlyQuotesAroundAColonAreToldToBeStraight() throws IOException {
        assertEquals(List.of("t.md:2:14: error: malformed YAML: the value holds ': ', which is read as the start of another field\n"
                + "    hint: curly quotes “…” do not quote a value in YAML: write straight quotes, as in 'title: \"Lưu ý: ...\"'"),
                messages("---\ntitle: “Lưu ý: họp”\ndate: 2024-05-03\nauthor: A\n---\n"));
    }

    @Test
    void aColonInAValueIsToldToBeQuoted() throws IOException {
        assertEquals(List.of("t.md:5:15: error: malformed YAML: the value holds ': ', which is read as the start of"
                + " another field\n    hint: put the whole value in quotes, as in 'summary: \"Lưu ý: hạn chót ngày 30\"'"),
                messages("---\ntitle: \"X\"\ndate: 2024-05-03\nauthor: A\nsummary: Lưu ý: hạn chót\n---\n"));
    }

    private List<String> messages(String notice) throws IOException {
        Files.writeString(root.resolve("t.md"), notice);
        Diagnostics problems = new Diagnostics();
        new NoticeReader(root, ZoneId.of("Asia/Ho_Chi_Minh"), problems).read(root.resolve("t.md"));
        return problems.sorted().stream().map(Diagnostic::format).map(f -> f.replace(System.lineSeparator(), "\n")).toList();
    }
}
