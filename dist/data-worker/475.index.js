export const id = 475;
export const ids = [475];
export const modules = {

/***/ 2475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readParquet: () => (/* binding */ readParquet)
/* harmony export */ });
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6570);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1609);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2123);
/**
 * Parquet through `hyparquet` (pure JavaScript), one row group at a time, so memory is bounded by the largest
 * row group. A file whose footer does not parse is a user error naming the file.
 */


async function* readParquet(file) {
    const buffer = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_1__/* .asyncBufferFromFile */ .Rv)(file);
    let metadata;
    try {
        metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_2__/* .parquetMetadataAsync */ .Ei)(buffer);
    }
    catch (error) {
        throw new _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file} is not a readable Parquet file: ${error.message}`, { file }, { cause: error });
    }
    const columns = (0,hyparquet__WEBPACK_IMPORTED_MODULE_2__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rowEnd = rowStart + Number(group.num_rows);
        let rows = [];
        try {
            await (0,hyparquet__WEBPACK_IMPORTED_MODULE_3__/* .parquetRead */ .bA)({
                file: buffer, metadata, rowStart, rowEnd, columns, rowFormat: 'array',
                onComplete: (data) => { rows = data; },
            });
        }
        catch (error) {
            throw new _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${file}: cannot decode rows ${rowStart}-${rowEnd - 1}: ${error.message}`, { file }, { cause: error });
        }
        for (const row of rows)
            for (let i = 0; i < row.length; i++)
                if (row[i] === undefined)
                    row[i] = null;
        yield { columns, rows };
        rowStart = rowEnd;
    }
}


/***/ })

};
