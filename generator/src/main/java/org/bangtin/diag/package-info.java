/** Problems found in a build: location as data, collected together, formatted as "file:line: message". */
package org.bangtin.diag;
