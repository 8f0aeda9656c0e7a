/** The output stage: a staged folder swapped in whole, and every write kept inside it. */
package org.bangtin.output;
