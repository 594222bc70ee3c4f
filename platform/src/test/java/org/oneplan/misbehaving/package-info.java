/** A service that breaks every layering rule once, to show that the rules catch what they promise. */
package org.oneplan.misbehaving;
