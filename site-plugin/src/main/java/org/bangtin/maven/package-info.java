/** Maven goals over the bangtin generator: thin mappings of parameters to a build request. */
package org.bangtin.maven;
