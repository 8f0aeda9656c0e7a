/** The records templates see; their names and fields are the theme contract in themes/TEMPLATES.md. */
package org.bangtin.render.view;
