package org.bangtin.site;

/** The search page ("tìm kiếm" is Vietnamese for "search"); results come from the browser script. */
public record SearchPage() implements PageSpec {
    public static final String PATH = "/tim-kiem/";

    @Override
    public String path() {
        return PATH;
    }
}
