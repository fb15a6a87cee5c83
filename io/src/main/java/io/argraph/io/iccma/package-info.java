/** The ICCMA abstract-framework formats (APX, TGF, ICCMA 2023) and answer styles. */
package io.argraph.io.iccma;
