export const HELP = `chitieu — đo mức đạt chỉ tiêu kế hoạch từ sổ tính của các cơ quan báo chí
chitieu — how far the province is from a plan's targets, from the agencies' workbooks

Lệnh / Commands:
  chitieu plans
      Liệt kê các kế hoạch có sẵn. / List the built-in plans.
  chitieu summarize <sổ-tính.xlsx>... --mapping anh-xa.json [--plan ID|tệp.json]
                    [--year 2025] [--baseline revenue-growth=2023] [--json] [-o tong-hop.xlsx] [--lang vi|en]
      Tính mức đạt từ các sổ tính; -o ghi sổ tính tổng hợp (tệp mới, không sửa tệp gốc).
      Compute attainment; -o writes a summary workbook (a new file; inputs are never changed).
  chitieu demo [-o out/chitieu-demo.xlsx] [--json] [--lang en]
      Chạy trên bộ sổ tính mẫu kèm theo. / Run on the bundled sample workbooks.

Mã thoát / Exit codes: 0 xong / done; 1 dữ liệu hoặc tệp không dùng được / unusable data or file;
2 sai cú pháp lệnh / bad command line.
`;
