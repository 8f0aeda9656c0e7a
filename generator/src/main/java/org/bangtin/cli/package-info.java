/** The bangtin command line (picocli): build, and later serve, new, check and import. */
package org.bangtin.cli;
