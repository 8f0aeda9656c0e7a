/** The pipeline: content → site → render → output, with every problem collected. */
package org.bangtin.build;
