package org.bangtin.site;

/**
 * A redirect page written at a notice's old address.
 *
 * @param alias      the old address as written in 'aliases'
 * @param outputFile the file to write, relative to the output folder
 * @param target     the notice it leads to
 */
public record Redirect(String alias, String outputFile, NoticeEntry target) {
}
